package com.quarterhour.inbox.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/** The readable new text of a mail: HTML as plain text, without the quoted history a reply carries below it. */
final class MailText {

    /** "On Mon, 30 Nov 2026 at 10:00, Support &lt;support@…&gt; wrote:" and its translations' common shape. */
    private static final Pattern ATTRIBUTION = Pattern.compile("^\\s*(On|Am|Le|El|Il|Op) .+(wrote|schrieb|a écrit|escribió|ha scritto|schreef)\\s*:\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** Outlook's separator above the quoted original. */
    private static final Pattern ORIGINAL = Pattern.compile("^\\s*-{2,}\\s*(Original Message|Ursprüngliche Nachricht)\\s*-{2,}\\s*$",
            Pattern.CASE_INSENSITIVE);

    private MailText() {
    }

    /** The text above the quoted history: lines from an attribution or separator on are dropped, and so are quoted lines. */
    static String withoutQuotes(String text) {
        List<String> kept = new ArrayList<>();
        for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
            if (ATTRIBUTION.matcher(line).matches() || ORIGINAL.matcher(line).matches()) {
                break;
            }
            if (!line.startsWith(">")) {
                kept.add(line.stripTrailing());
            }
        }
        return String.join("\n", kept).strip().replaceAll("\n{3,}", "\n\n");
    }

    /** HTML as the text a reader sees: block elements and line breaks become line breaks, markup and scripts go. */
    static String fromHtml(String html) {
        StringBuilder text = new StringBuilder();
        Element body = Jsoup.parse(html).body();
        // the quoted original of Gmail and most webmail: below the new text, and not part of it
        body.select("script, style, head, blockquote, .gmail_quote").remove();
        body.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    text.append(textNode.text().replace('\u00a0', ' '));
                } else if (node instanceof Element element && "br".equals(element.normalName())) {
                    text.append('\n');
                } else if (node instanceof Element element && element.isBlock()) {
                    newLine(text);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock()) {
                    newLine(text);
                }
            }
        });
        return text.toString().replaceAll("[ \\t]+\n", "\n").strip();
    }

    /** A block starts and ends on a line of its own: a line break unless the text is at a line's start already. */
    private static void newLine(StringBuilder text) {
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
    }
}
