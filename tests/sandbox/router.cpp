#include "router.h"

#include <QStringList>

#include <initializer_list>
#include <utility>

using namespace Qt::StringLiterals;

namespace fentu::sandbox {

namespace {

using MethodTable = std::initializer_list<std::pair<QByteArrayView, Endpoint>>;

RouteMatch pick(const QByteArray &method, const QString &id, MethodTable table)
{
    RouteMatch match;
    match.id = id;
    QByteArrayList allowed;
    for (const auto &[name, endpoint] : table) {
        allowed.append(name.toByteArray());
        if (method == name) {
            match.kind = RouteMatch::Kind::Found;
            match.endpoint = endpoint;
            return match;
        }
    }
    match.kind = RouteMatch::Kind::WrongMethod;
    match.allowedMethods = allowed.join(", ");
    return match;
}

} // namespace

RouteMatch Router::match(const QByteArray &method, const QString &path)
{
    QString trimmed = path;
    if (trimmed.size() > 1 && trimmed.endsWith(u'/'))
        trimmed.chop(1);
    const QString prefix = u"/api/v1/"_s;
    if (!trimmed.startsWith(prefix))
        return {};
    const QStringList parts = trimmed.mid(prefix.size()).split(u'/');
    if (parts.contains(QString()))
        return {};
    const QString &collection = parts.constFirst();

    if (parts.size() == 1) {
        if (collection == u"work-orders"_s) {
            return pick(method, {},
                        {{"GET", Endpoint::ListOrders}, {"POST", Endpoint::CreateOrder}});
        }
        if (collection == u"customers"_s)
            return pick(method, {}, {{"GET", Endpoint::ListCustomers}});
        if (collection == u"technicians"_s)
            return pick(method, {}, {{"GET", Endpoint::ListTechnicians}});
    } else if (parts.size() == 2) {
        const QString &id = parts.at(1);
        if (collection == u"work-orders"_s) {
            return pick(method, id,
                        {{"GET", Endpoint::GetOrder},
                         {"PUT", Endpoint::UpdateOrder},
                         {"DELETE", Endpoint::DeleteOrder}});
        }
        if (collection == u"customers"_s)
            return pick(method, id, {{"GET", Endpoint::GetCustomer}});
    }
    return {};
}

bool Router::isWrite(Endpoint endpoint)
{
    return endpoint == Endpoint::CreateOrder || endpoint == Endpoint::UpdateOrder ||
           endpoint == Endpoint::DeleteOrder;
}

} // namespace fentu::sandbox
