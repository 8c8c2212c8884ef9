#pragma once

#include <functional>

namespace fentu {
class WorkOrderTableModel;
}

namespace fentu::bench {

/// How long a change took to bring its first rows into the model.
struct FirstRows
{
    bool ok = false; // rows came (false: an empty first page, or 30 s passed)
    double ms = 0;
    int rows = 0;
    int total = 0;
};

/// Runs `change` (a filter set, a search started) and times it to the model holding its
/// first rows (the reset or insertion that brings them, as a view would see it), or to its
/// empty first page.
FirstRows timeToFirstRows(WorkOrderTableModel &model, const std::function<void()> &change);

} // namespace fentu::bench
