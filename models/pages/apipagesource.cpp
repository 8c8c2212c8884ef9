#include "pages/apipagesource.h"

#include "api/apiclient.h"

namespace fentu {

ApiPageSource::ApiPageSource(ApiClient *client, QObject *parent)
    : WorkOrderPageSource(parent), m_client(client)
{
    Q_ASSERT(client);
}

ApiCall *ApiPageSource::fetchPage(const WorkOrderQuery &query, QObject *context, PageCallback done)
{
    return m_client->listWorkOrders(query, context, std::move(done));
}

} // namespace fentu
