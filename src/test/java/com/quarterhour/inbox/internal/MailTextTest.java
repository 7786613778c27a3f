package com.quarterhour.inbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The new text of a mail: quoted history stripped, HTML read as text. */
class MailTextTest {

    @Test
    void aReplyKeepsOnlyWhatIsAboveTheQuotedHistory() {
        String reply = """
                Thanks, it works again.

                Bob
                On Mon, 30 Nov 2026 at 10:00, Support <support@quarterhour.example> wrote:
                > Please restart the printer.
                > ENG-12
                """;

        assertThat(MailText.withoutQuotes(reply)).isEqualTo("Thanks, it works again.\n\nBob");
    }

    @Test
    void quotedLinesInsideTheTextAndOutlooksOriginalGo() {
        String reply = "> you asked\r\nIt is model X.\r\n-----Original Message-----\r\nFrom: Support\r\n";

        assertThat(MailText.withoutQuotes(reply)).isEqualTo("It is model X.");
    }

    @Test
    void htmlBecomesItsTextWithLineBreaksAndWithoutTheQuotedOriginal() {
        String html = "<html><head><style>p{color:red}</style></head><body><p>The <b>printer</b> is offline.</p>"
                + "<div>Second&nbsp;line<br>third line</div><script>alert(1)</script>"
                + "<blockquote>old text</blockquote></body></html>";

        assertThat(MailText.fromHtml(html)).isEqualTo("The printer is offline.\nSecond line\nthird line");
    }
}
