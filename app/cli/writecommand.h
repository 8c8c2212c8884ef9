#pragma once

#include "command.h"
#include "formatters/outputformat.h"

#include "sync/writeresult.h"

namespace fentu::cli {

/// What create, update and delete share: one change through OrderWriter, as in Fentu Desk,
/// sent to the server or, when it cannot be reached or with --offline, committed to the
/// outbox. A subclass reads its options, hands its change to m_services.outbox->writer() and
/// prints the server's answer; a queued change and a failure read the same for all three.
class WriteCommand : public Command
{
    Q_OBJECT
public:
    Needs needs() const override;

protected:
    /// --offline: straight into the outbox, the server is not contacted.
    virtual bool writesOffline() const = 0;
    /// How a queued change is printed: a line, or with --format json an object.
    virtual OutputFormat queuedFormat() const { return OutputFormat::Text; }
    /// Whether the server answers a sent change with the order (create and update print it;
    /// a sent change without one is a failure).
    virtual bool answersWithOrder() const { return true; }
    /// The order the change is of, when the command names one (update, delete): a work order
    /// number there is replaced by its id (from the offline cache) before write().
    virtual QString *orderId() { return nullptr; }
    /// Hands the change to the writer, which calls written() once with what became of it.
    virtual void write() = 0;
    /// The server took the change: prints its answer.
    virtual void printSent(const WriteResult &result) = 0;

    void written(const WriteResult &result);

private:
    void run(Done done) final;

    Done m_done;
};

} // namespace fentu::cli
