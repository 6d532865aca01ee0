package nl.ketenlens.briefing;

import java.util.List;

/** The briefing's body as neutral blocks, worded in one language; HTML and Markdown lay out the same blocks. */
final class Blocks {

    private Blocks() {
    }

    sealed interface Block permits Heading, Para, Table, Items, Chart {
    }

    /** A section (level 2, with an anchor id) or sub-heading (level 3). */
    record Heading(int level, String id, String text) implements Block {
    }

    record Para(String text, String cssClass) implements Block {
        Para(String text) {
            this(text, null);
        }
    }

    record Table(String cssClass, List<String> headers, List<List<String>> rows) implements Block {
    }

    /** A list; {@code labels} (may be null) are shown before each item, e.g. the OECD step. */
    record Items(boolean ordered, List<String> labels, List<String> items) implements Block {
    }

    /** An inline SVG chart; Markdown shows {@code fallback} (the same figures as a table) instead. */
    record Chart(String svg, String caption, Table fallback) implements Block {
    }
}
