#include "console.h"

#include "failure.h"

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace fentu::cli {

Console::Console(std::FILE *out, std::FILE *err)
    : m_out(out), m_err(err), m_errIsTerminal(::isatty(::fileno(err)) == 1)
{}

void Console::print(const QString &text)
{
    write(m_out, text);
}

void Console::error(const QString &line)
{
    endProgress();
    write(m_err, u"fentu-cli: "_s + Failure::oneLine(line) + u'\n');
}

void Console::warning(const QString &line)
{
    endProgress();
    write(m_err, u"fentu-cli: warning: "_s + Failure::oneLine(line) + u'\n');
}

void Console::progress(const QString &text)
{
    if (!m_errIsTerminal)
        return;
    QString line = u'\r' + text;
    // Blank out what a longer previous line left behind.
    if (text.size() < m_progressWidth)
        line += QString(m_progressWidth - text.size(), u' ');
    m_progressWidth = text.size();
    write(m_err, line);
}

void Console::endProgress()
{
    if (m_progressWidth == 0)
        return;
    m_progressWidth = 0;
    write(m_err, u"\n"_s);
}

void Console::write(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace fentu::cli
