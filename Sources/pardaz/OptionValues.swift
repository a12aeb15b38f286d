/// The usage error for a value of `option` that the command cannot take, in the words
/// swift-argument-parser uses for its own: `The value 'nope' is invalid for '--convention'. …`.
func invalidValue(_ value: String, for option: String, _ reason: String) -> String {
    "The value '\(value)' is invalid for '\(option)': \(reason)."
}

/// The usage error for a `--dct` that is not a real date written YYYY-MM-DD.
func invalidDate(_ value: String) -> String {
    invalidValue(value, for: "--dct", "not a date that exists, written YYYY-MM-DD")
}

