#!/usr/bin/env python3
"""Validate Pardaz JSON outputs against the JSON Schemas shipped in the repository.

Usage: scripts/validate-json.py FILE_OR_FOLDER...

Every NAME.json is checked against Sources/PardazExport/Schemas/pardaz.schema.json and every
NAME.error.json against pardaz-error.schema.json. Beyond the schema, each document's offsets are
checked: every block's, annotation's, entity mention's and aligned part's `range` slices `text` to
its `text`, and
every mention's entity lists it. Exits non-zero on the
first folder with an invalid file, printing one line per problem.
"""
import json
import pathlib
import sys

try:
    import jsonschema
except ImportError:  # pragma: no cover - the setup script installs it
    sys.exit("validate-json: the Python package 'jsonschema' is missing (pip install jsonschema)")

ROOT = pathlib.Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "Sources" / "PardazExport" / "Schemas"


def load(name):
    schema = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def offsets_problems(document):
    text = document["text"]
    for block in document["blocks"]:
        start, end = block["range"]
        if text[start:end] != block["text"]:
            yield f"block {block['id']}: range does not slice its text"
    for layer in document["layers"]:
        for annotation in layer["annotations"]:
            start, end = annotation["range"]
            if text[start:end] != annotation["text"]:
                yield f"annotation {annotation['id']}: range does not slice its text"
    ids = {entity["id"]: entity for entity in document.get("entities", [])}
    for mention in document.get("entityMentions", []):
        start, end = mention["range"]
        if text[start:end] != mention["text"]:
            yield f"entity mention {mention['id']}: range does not slice its text"
        if mention["id"] not in ids.get(mention["entity"], {}).get("mentions", []):
            yield f"entity mention {mention['id']}: its entity {mention['entity']} does not list it"
    for alignment in document.get("alignments", []):
        for part in alignment["english"] + alignment["persian"]:
            start, end = part["range"]
            if text[start:end] != part["text"]:
                yield f"alignment part {part['id']}: range does not slice its text"


def main(arguments):
    document_schema, error_schema = load("pardaz.schema.json"), load("pardaz-error.schema.json")
    files = []
    for argument in arguments:
        path = pathlib.Path(argument)
        files += sorted(path.rglob("*.json")) if path.is_dir() else [path]
    reported = []
    checked = 0
    for file in files:
        data = json.loads(file.read_text(encoding="utf-8"))
        error = file.name.endswith(".error.json")
        validator = error_schema if error else document_schema
        found = [f"{'/'.join(map(str, e.path)) or '(top)'}: {e.message}" for e in validator.iter_errors(data)]
        if not error and not found:
            found += list(offsets_problems(data))
        for message in found:
            print(f"{file}: {message}")
            reported.append(f"{file}: {message}")
        checked += 1
    invalid = len({line.split(": ", 1)[0] for line in reported})
    print(f"json-schema: {checked - invalid} passed, {invalid} failed")
    return 1 if invalid or not checked else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["output"]))
