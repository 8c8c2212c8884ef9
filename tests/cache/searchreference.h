#pragma once

// The search's rules written plainly, as the reference the cache's search (FTS5) is compared
// with: every word required, a word's letter-and-digit runs one after another, the last a
// prefix, case and accents folded.
#include "cache/searchmatch.h"

#include <QString>
#include <QStringList>

namespace fentu::test {

/// Case and accents folded, as unicode61 with remove_diacritics 2 does for these letters.
inline QString folded(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (!c.isMark())
            out += c.toLower();
    }
    return out;
}

/// The runs of letters and digits of `text`, folded.
inline QStringList runsOf(const QString &text)
{
    QStringList runs;
    QString run;
    for (const QChar c : folded(text)) {
        if (c.isLetterOrNumber()) {
            run += c;
        } else if (!run.isEmpty()) {
            runs.append(run);
            run.clear();
        }
    }
    if (!run.isEmpty())
        runs.append(run);
    return runs;
}

/// The reference: does `query` find an order whose searchable fields are `fields`?
inline bool referenceMatch(const QString &query, const QStringList &fields)
{
    const QStringList haystack = runsOf(fields.join(u' '));
    const QList<QStringList> words = SearchMatch::words(query);
    if (words.isEmpty())
        return true;
    for (const QStringList &rawWord : words) {
        QStringList word;
        for (const QString &run : rawWord)
            word.append(folded(run));
        bool found = false;
        for (int i = 0; !found && i + word.size() <= haystack.size(); ++i) {
            found = true;
            for (int k = 0; found && k < word.size(); ++k) {
                const bool last = k == word.size() - 1;
                found = last ? haystack[i + k].startsWith(word[k]) : haystack[i + k] == word[k];
            }
        }
        if (!found)
            return false;
    }
    return true;
}

} // namespace fentu::test
