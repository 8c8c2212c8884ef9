#include "itemmodels/naturalcompare.h"

namespace fentu {

namespace {

qsizetype digitRunEnd(QStringView text, qsizetype from)
{
    while (from < text.size() && text[from].isDigit())
        ++from;
    return from;
}

qsizetype skipZeros(QStringView text, qsizetype from, qsizetype end)
{
    while (from < end - 1 && text[from] == u'0')
        ++from;
    return from;
}

int sign(qsizetype value)
{
    return value < 0 ? -1 : (value > 0 ? 1 : 0);
}

} // namespace

int naturalCompare(QStringView a, QStringView b)
{
    int tieBreak = 0; // the first difference that only leading zeros make
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            const qsizetype endA = digitRunEnd(a, i);
            const qsizetype endB = digitRunEnd(b, j);
            const qsizetype startA = skipZeros(a, i, endA);
            const qsizetype startB = skipZeros(b, j, endB);
            // Without leading zeros, the longer run is the bigger number; equal lengths compare
            // digit by digit, which cannot overflow however long the run is.
            if (const int byLength = sign((endA - startA) - (endB - startB)); byLength != 0)
                return byLength;
            if (const int byDigits =
                    a.sliced(startA, endA - startA).compare(b.sliced(startB, endB - startB));
                byDigits != 0) {
                return sign(byDigits);
            }
            if (tieBreak == 0)
                tieBreak = sign((endA - i) - (endB - j));
            i = endA;
            j = endB;
            continue;
        }
        const char32_t foldedA = QChar::toCaseFolded(a[i].unicode());
        const char32_t foldedB = QChar::toCaseFolded(b[j].unicode());
        if (foldedA != foldedB)
            return foldedA < foldedB ? -1 : 1;
        ++i;
        ++j;
    }
    if (const int byRest = sign((a.size() - i) - (b.size() - j)); byRest != 0)
        return byRest;
    if (tieBreak != 0)
        return tieBreak;
    return sign(a.compare(b, Qt::CaseSensitive));
}

} // namespace fentu
