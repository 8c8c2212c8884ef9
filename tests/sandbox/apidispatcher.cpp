#include "apidispatcher.h"

#include "answers.h"
#include "lookupendpoints.h"
#include "router.h"
#include "workorderendpoints.h"

using namespace Qt::StringLiterals;

namespace fentu::sandbox {

ApiDispatcher::ApiDispatcher(QString key, QString readOnlyKey, WorkOrderEndpoints &orders,
                             LookupEndpoints &lookups)
    : m_key(std::move(key)), m_readOnlyKey(std::move(readOnlyKey)), m_orders(orders),
      m_lookups(lookups)
{}

ApiDispatcher::Access ApiDispatcher::access(const HttpRequest &request) const
{
    const QByteArray header = request.header("Authorization").trimmed();
    const qsizetype space = header.indexOf(' ');
    if (space < 0 || header.left(space).compare("Bearer", Qt::CaseInsensitive) != 0)
        return Access::None;
    const QString key = QString::fromUtf8(header.mid(space + 1).trimmed());
    if (!m_key.isEmpty() && key == m_key)
        return Access::Full;
    if (!m_readOnlyKey.isEmpty() && key == m_readOnlyKey)
        return Access::ReadOnly;
    return Access::None;
}

HttpAnswer ApiDispatcher::handle(const HttpRequest &request)
{
    const Access granted = access(request);
    if (granted == Access::None) {
        // Never echo the key back, not even a wrong one.
        return answers::unauthorized(request.header("Authorization").isEmpty()
                                         ? u"Missing API key"_s
                                         : u"Invalid API key"_s);
    }
    const RouteMatch route = Router::match(request.method, request.path);
    if (route.kind == RouteMatch::Kind::NoSuchPath)
        return answers::notFound(u"No such endpoint: %1"_s.arg(request.path));
    if (route.kind == RouteMatch::Kind::WrongMethod)
        return answers::methodNotAllowed(route.allowedMethods);
    if (granted == Access::ReadOnly && Router::isWrite(route.endpoint))
        return answers::forbidden();

    switch (route.endpoint) {
    case Endpoint::ListOrders:
        return m_orders.list(request);
    case Endpoint::CreateOrder:
        return m_orders.create(request);
    case Endpoint::GetOrder:
        return m_orders.get(route.id);
    case Endpoint::UpdateOrder:
        return m_orders.update(route.id, request);
    case Endpoint::DeleteOrder:
        return m_orders.remove(route.id);
    case Endpoint::ListCustomers:
        return m_lookups.customers(request);
    case Endpoint::GetCustomer:
        return m_lookups.customer(route.id);
    case Endpoint::ListTechnicians:
        return m_lookups.technicians(request);
    }
    return answers::internalError();
}

} // namespace fentu::sandbox
