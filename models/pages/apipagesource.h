#pragma once

#include "pages/workorderpagesource.h"

namespace fentu {

class ApiClient;

/// The online page source: each page is one `GET /work-orders` through the ApiClient.
class ApiPageSource : public WorkOrderPageSource
{
    Q_OBJECT
public:
    /// `client` is not owned and must outlive this source.
    explicit ApiPageSource(ApiClient *client, QObject *parent = nullptr);

    ApiCall *fetchPage(const WorkOrderQuery &query, QObject *context, PageCallback done) override;

private:
    ApiClient *m_client;
};

} // namespace fentu
