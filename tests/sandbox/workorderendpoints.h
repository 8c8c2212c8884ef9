#pragma once

#include "httpexchange.h"
#include "orderrules.h"

namespace fentu::sandbox {

class DirectoryStore;
class WorkOrderStore;

/// The five work order endpoints, from a request (already authenticated and routed) to the
/// answer: validation, the store call, the JSON shape.
class WorkOrderEndpoints
{
public:
    WorkOrderEndpoints(WorkOrderStore &orders, const DirectoryStore &directory);

    HttpAnswer list(const HttpRequest &request) const;
    HttpAnswer get(const QString &id) const;
    HttpAnswer create(const HttpRequest &request);
    HttpAnswer update(const QString &id, const HttpRequest &request);
    HttpAnswer remove(const QString &id);

private:
    HttpAnswer currentOrder(const QString &id, int status) const;

    WorkOrderStore &m_orders;
    OrderRules m_rules;
};

} // namespace fentu::sandbox
