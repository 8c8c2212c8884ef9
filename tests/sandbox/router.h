#pragma once

#include <QByteArray>
#include <QString>

namespace fentu::sandbox {

/// The API's endpoints.
enum class Endpoint
{
    ListOrders,
    CreateOrder,
    GetOrder,
    UpdateOrder,
    DeleteOrder,
    ListCustomers,
    GetCustomer,
    ListTechnicians,
};

/// Where a request goes: an endpoint (with the id from the path), no such path, or a known
/// path with the wrong method (and the methods it takes).
struct RouteMatch
{
    enum class Kind
    {
        Found,
        NoSuchPath,
        WrongMethod
    };
    Kind kind = Kind::NoSuchPath;
    Endpoint endpoint = Endpoint::ListOrders;
    QString id;
    QByteArray allowedMethods;
};

/// Maps method and path to an endpoint. Paths live under /api/v1; one trailing slash is
/// forgiven.
class Router
{
public:
    static RouteMatch match(const QByteArray &method, const QString &path);
    /// True for the endpoints a read-only key may not call.
    static bool isWrite(Endpoint endpoint);
};

} // namespace fentu::sandbox
