#pragma once

// The text of a PDF as pdftotext (poppler-utils) reads it, page by page: what a person, a
// search or a mail filter finds in the day sheets.

#include <QProcess>
#include <QStandardPaths>
#include <QStringList>

namespace fentu::test {

/// The pages' text (pdftotext -layout splits pages with a form feed); empty on failure, with
/// the reason in `error`.
inline QStringList pdfPages(const QString &path, QString *error)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty()) {
        *error = QStringLiteral("pdftotext is missing (scripts/install-deps.sh installs "
                                "poppler-utils)");
        return {};
    }
    QProcess process;
    process.start(tool, {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                         path, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        *error = QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    // NFKC: the fonts' ligatures ("ﬄ" in "offline") read as their letters, as a search does.
    QStringList pages = QString::fromUtf8(process.readAllStandardOutput())
                            .normalized(QString::NormalizationForm_KC)
                            .split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast(); // after the last page's form feed
    return pages;
}

/// Renders page `page` (1-based) of a PDF to `png` at `dpi` with pdftoppm, for looking at.
inline bool pdfPageToPng(const QString &path, int page, const QString &png, int dpi = 80)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (tool.isEmpty())
        return false;
    QString base = png;
    if (base.endsWith(QStringLiteral(".png")))
        base.chop(4);
    return QProcess::execute(tool, {QStringLiteral("-png"), QStringLiteral("-singlefile"),
                                    QStringLiteral("-r"), QString::number(dpi),
                                    QStringLiteral("-f"), QString::number(page),
                                    QStringLiteral("-l"), QString::number(page), path, base}) == 0;
}

} // namespace fentu::test
