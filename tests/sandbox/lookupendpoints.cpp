#include "lookupendpoints.h"

#include "answers.h"
#include "directorystore.h"
#include "listquery.h"

using namespace Qt::StringLiterals;

namespace fentu::sandbox {

LookupEndpoints::LookupEndpoints(const DirectoryStore &directory) : m_directory(directory) {}

HttpAnswer LookupEndpoints::customers(const HttpRequest &request) const
{
    FieldErrors errors;
    const PageRequest page = ListQuery::paging(request.query, &errors);
    if (!errors.isEmpty())
        return answers::badRequest(errors);
    const auto result = m_directory.customers(ListQuery::search(request.query), page);
    if (!result)
        return answers::internalError();
    return answers::page(result->rows, page.page, page.perPage, result->totalCount);
}

HttpAnswer LookupEndpoints::customer(const QString &id) const
{
    const auto customer = m_directory.customer(id);
    if (!customer)
        return answers::notFound(u"Customer not found"_s);
    return answers::data(200, *customer);
}

HttpAnswer LookupEndpoints::technicians(const HttpRequest &request) const
{
    FieldErrors errors;
    const PageRequest page = ListQuery::paging(request.query, &errors);
    if (!errors.isEmpty())
        return answers::badRequest(errors);
    const auto result = m_directory.technicians(page);
    if (!result)
        return answers::internalError();
    return answers::page(result->rows, page.page, page.perPage, result->totalCount);
}

} // namespace fentu::sandbox
