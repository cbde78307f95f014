package app.khabar.corpus;

/** A corpus file that cannot become a page; the message says why, in words an operator can act on. */
public class UnreadablePageException extends Exception {

    public UnreadablePageException(String reason) {
        super(reason);
    }
}
