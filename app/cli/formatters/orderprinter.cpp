#include "orderprinter.h"

#include "jsonformatter.h"
#include "orderdetailformatter.h"

namespace fentu::cli {

QString formatOrder(const WorkOrder &order, OutputFormat format)
{
    if (format == OutputFormat::Json)
        return JsonFormatter::object(order.raw);
    return OrderDetailFormatter::format(order);
}

} // namespace fentu::cli
