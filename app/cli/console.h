#pragma once

#include <QString>

#include <cstdio>

namespace fentu::cli {

/// fentu-cli's terminal: results on stdout, failures and progress on stderr. Progress is
/// drawn only when stderr is a terminal, so pipes and log files get plain lines.
class Console
{
public:
    explicit Console(std::FILE *out = stdout, std::FILE *err = stderr);

    /// Writes `text` to stdout as it is (UTF-8).
    void print(const QString &text);
    /// "fentu-cli: <line>" on stderr; the line is folded to one.
    void error(const QString &line);
    /// "fentu-cli: warning: <line>" on stderr.
    void warning(const QString &line);
    /// Redraws the progress line in place (carriage return); nothing unless a terminal.
    void progress(const QString &text);
    /// Ends a progress line with a newline, if one was drawn.
    void endProgress();

    bool isProgressTerminal() const { return m_errIsTerminal; }

private:
    void write(std::FILE *stream, const QString &text);

    std::FILE *m_out;
    std::FILE *m_err;
    bool m_errIsTerminal = false;
    qsizetype m_progressWidth = 0; // characters of the progress line drawn last; 0 = none
};

} // namespace fentu::cli
