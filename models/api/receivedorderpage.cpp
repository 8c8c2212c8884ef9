#include "api/receivedorderpage.h"

#include "api/fastorderpage.h"
#include "api/jsonslices.h"
#include "domain/codec.h"

namespace fentu {

Decoded<ReceivedOrderPage> decodeReceivedOrderPage(const QByteArray &body)
{
    if (std::optional<ReceivedOrderPage> fast = decodeOrderPageFast(body))
        return Decoded<ReceivedOrderPage>::ok(std::move(*fast));
    Decoded<QJsonObject> envelope = codec::parseObject(body);
    if (!envelope)
        return Decoded<ReceivedOrderPage>::fail(envelope.error());
    Decoded<Page<WorkOrderSummary>> page = codec::decodeWorkOrderPage(envelope.value());
    if (!page)
        return Decoded<ReceivedOrderPage>::fail(page.error());
    ReceivedOrderPage received{std::move(page).value(), {}};
    // The body parsed, so the cut succeeds too; the count check is the belt to that.
    auto items = jsonslices::arrayElements(body, "data");
    if (items && items->size() == received.page.items.size())
        received.itemJson = std::move(*items);
    return Decoded<ReceivedOrderPage>::ok(std::move(received));
}

} // namespace fentu
