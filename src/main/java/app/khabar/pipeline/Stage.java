package app.khabar.pipeline;

/** The steps a corpus file goes through; a file that makes one of them throw is skipped with its name. */
public enum Stage {
    READING("reading"),
    PEOPLE("people extraction"),
    RELATEDNESS("relatedness"),
    STORAGE("storage");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
