#include "writereport.h"

#include "jsonformatter.h"

#include "cache/outboxentry.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace fentu::cli {

QString WriteReport::queuedOutput(const WriteResult &result, OutputFormat format)
{
    if (format != OutputFormat::Json)
        return queued(result) + u'\n';
    QJsonObject object{
        {u"queued"_s, true}, {u"id"_s, result.orderId}, {u"outbox_seq"_s, result.outboxSeq}};
    // A create queued offline has only a temporary id until the server makes the order.
    if (OutboxEntry::isLocalId(result.orderId))
        object.insert(u"local_id"_s, result.orderId);
    if (result.order && !result.order->number.isEmpty())
        object.insert(u"number"_s, result.order->number);
    return JsonFormatter::object(object);
}

QString WriteReport::queued(const WriteResult &result)
{
    const QString number =
        result.order && !result.order->number.isEmpty() ? result.order->number : result.orderId;
    const QString name =
        number == result.orderId ? number : QStringLiteral("%1 (%2)").arg(number, result.orderId);
    return tr("Saved offline as %1; it will be sent when the server is back (fentu-cli sync, or "
              "Fentu Desk).")
        .arg(name);
}

Failure WriteReport::failure(const WriteResult &result, const QString &apiKey)
{
    switch (result.outcome) {
    case WriteResult::Outcome::Conflict: {
        const QString number =
            result.order && !result.order->number.isEmpty() ? result.order->number : result.orderId;
        return {ExitCode::Refused,
                tr("%1 changed on the server since the version this edit started from; nothing "
                   "was sent: check it (fentu-cli get %2) and try again")
                    .arg(number, result.orderId)};
    }
    case WriteResult::Outcome::Refused:
        return Failure::fromApi(result.apiError, apiKey);
    case WriteResult::Outcome::Failed:
        if (result.cacheError.isError())
            return Failure::fromCache(result.cacheError);
        return Failure::fromApi(result.apiError, apiKey);
    case WriteResult::Outcome::Sent:
    case WriteResult::Outcome::Queued:
        break;
    }
    return Failure::local(tr("the change was not saved"));
}

} // namespace fentu::cli
