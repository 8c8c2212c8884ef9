#pragma once

#include "command.h"
#include "formatters/outputformat.h"

#include "domain/workorder.h"

namespace fentu::cli {

struct GetArguments
{
    QString id;
    bool offline = false;
    OutputFormat format = OutputFormat::Text;
};

/// `fentu-cli get ID`: the order from the server, written through to the cache before it is
/// printed, or from the cache with --offline.
class GetCommand : public Command
{
    Q_OBJECT
public:
    static constexpr QLatin1StringView kName{"get"};
    static constexpr const char *kSummary =
        QT_TRANSLATE_NOOP("fentu::cli::CommandLine", "Shows one work order in full.");

    Invocation parse(const QStringList &arguments) override;
    Needs needs() const override;
    const GetArguments &arguments() const { return m_arguments; }

private:
    void run(Done done) override;
    void fetch();
    /// A number (WO-2026-898) becomes its id through the offline cache.
    void findNumber();
    void readListsAndLookAgain(const QString &number);
    void fromServer();
    void fromCache();
    void print(const WorkOrder &order);

    GetArguments m_arguments;
    bool m_listsRead = false; // a number not cached: the server's lists were read once
    Done m_done;
};

} // namespace fentu::cli
