#include "updatecommand.h"

#include "console.h"
#include "formatters/orderprinter.h"
#include "orderfieldoptions.h"
#include "outboxservices.h"
#include "subcommandparser.h"

#include "api/apiclient.h"
#include "cache/cachestore.h"
#include "sync/orderwriter.h"

using namespace Qt::StringLiterals;

namespace fentu::cli {

Invocation UpdateCommand::parse(const QStringList &arguments)
{
    SubcommandParser parser(kName, tr("ID [options]"),
                            tr("Changes the given fields of a work order on the server; the "
                               "others stay as they are. An empty value (--technician \"\") "
                               "clears an optional field. --format json prints the server's "
                               "answer. When the server cannot be reached (or with --offline) the "
                               "change waits in the outbox."));
    parser.addArgument(u"ID"_s, tr("The work order's id, such as wo-12345, or its number, such as "
                                       "WO-2026-898 (looked up in the offline cache)."));
    const OrderFieldOptions fields(OrderFieldOptions::Mode::Update);
    fields.addTo(parser);
    const QCommandLineOption format = outputFormatOption({OutputFormat::Text, OutputFormat::Json});
    parser.addOption(format);
    const QCommandLineOption offline = offlineWriteOption();
    parser.addOption(offline);
    if (auto stop = parser.parse(arguments))
        return std::move(*stop);

    UpdateArguments update;
    update.id = parser.arguments().constFirst().trimmed();
    const auto chosen =
        parseOutputFormat(parser.value(format), {OutputFormat::Text, OutputFormat::Json});
    if (!chosen)
        return Invocation::usageError(tr("--format must be text or json"));
    update.format = *chosen;
    update.offline = parser.isSet(offline);
    if (const auto failure = fields.read(parser, &update.patch))
        return Invocation::usageError(failure->message);
    if (update.patch.isEmpty())
        return Invocation::usageError(
            tr("update: nothing to change; give at least one field option (see fentu-cli update "
               "--help)"));
    m_arguments = std::move(update);
    return Invocation::run(parser.global());
}

void UpdateCommand::write()
{
    // The base of the conflict check is the version this computer last fetched (by list, get
    // or sync), the one a script's user saw. An order the cache does not hold is read from
    // the server first when online: the script changes it as it is now. Offline, its base
    // stays unknown, and a server value that differs is shown as a conflict.
    m_services.cache->getWorkOrder(
        m_arguments.id, this, [this](CacheResult<std::optional<CachedWorkOrder>> cached) {
            if (cached.isOk() && cached.value()) {
                send(OrderWriter::seenValues(cached.value()->order, cached.value()->hasDetail,
                                             m_arguments.patch));
                return;
            }
            if (m_arguments.offline || !m_services.client) {
                send({});
                return;
            }
            m_services.client->getWorkOrder(
                m_arguments.id, this, [this](ApiResult<WorkOrder> current) {
                    send(current.isOk()
                             ? OrderWriter::seenValues(current.value(), true, m_arguments.patch)
                             : QJsonObject());
                });
        });
}

void UpdateCommand::send(const QJsonObject &baseValues)
{
    m_services.outbox->writer().update(m_arguments.id, m_arguments.patch, baseValues, this,
                                       [this](const WriteResult &result) { written(result); });
}

void UpdateCommand::printSent(const WriteResult &result)
{
    const WorkOrder &order = *result.order;
    if (m_arguments.format == OutputFormat::Json)
        m_services.console->print(formatOrder(order, OutputFormat::Json));
    else
        m_services.console->print(
            tr("Updated work order %1 (id %2).")
                .arg(order.number.isEmpty() ? order.id : order.number, order.id) +
            u'\n');
}

} // namespace fentu::cli
