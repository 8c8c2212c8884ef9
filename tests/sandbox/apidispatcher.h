#pragma once

#include "httpexchange.h"

#include <QString>

namespace fentu::sandbox {

class LookupEndpoints;
class WorkOrderEndpoints;

/// Checks the key, routes, enforces read-only keys, and calls the endpoint.
/// Order: 401 (missing or wrong key), 404/405 (path, method), 403 (read-only key writing).
class ApiDispatcher
{
public:
    ApiDispatcher(QString key, QString readOnlyKey, WorkOrderEndpoints &orders,
                  LookupEndpoints &lookups);

    HttpAnswer handle(const HttpRequest &request);

private:
    enum class Access
    {
        None,
        ReadOnly,
        Full
    };
    Access access(const HttpRequest &request) const;

    QString m_key;
    QString m_readOnlyKey;
    WorkOrderEndpoints &m_orders;
    LookupEndpoints &m_lookups;
};

} // namespace fentu::sandbox
