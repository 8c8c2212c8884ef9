#include "cache/searchmatch.h"

using namespace Qt::StringLiterals;

namespace fentu {

QList<QStringList> SearchMatch::words(const QString &text)
{
    QList<QStringList> words;
    // Composed form first: an accent typed as a separate mark is then part of its letter.
    const QString typed = text.normalized(QString::NormalizationForm_C).simplified();
    for (const QString &word : typed.split(u' ', Qt::SkipEmptyParts)) {
        QStringList runs;
        QString run;
        for (const QChar c : word) {
            // unicode61 keeps letters, digits and marks inside a token and cuts at the rest.
            if (c.isLetterOrNumber() || c.isMark()) {
                run += c;
            } else if (!run.isEmpty()) {
                runs.append(run);
                run.clear();
            }
        }
        if (!run.isEmpty())
            runs.append(run);
        if (!runs.isEmpty())
            words.append(runs);
    }
    return words;
}

QString SearchMatch::expression(const QString &text)
{
    QStringList phrases;
    for (const QStringList &runs : words(text)) {
        // A quoted phrase: its runs in a row, the last a prefix. Runs hold no quote character
        // (it is not a letter or digit), so quoting needs no escaping.
        phrases.append(u'"' + runs.join(u' ') + u"\"*"_s);
    }
    return phrases.join(u" AND "_s);
}

} // namespace fentu
