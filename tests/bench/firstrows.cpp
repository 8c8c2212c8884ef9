#include "firstrows.h"

#include "steploop.h"

#include "itemmodels/workordertablemodel.h"

#include <QElapsedTimer>

using namespace std::chrono_literals;

namespace fentu::bench {

FirstRows timeToFirstRows(WorkOrderTableModel &model, const std::function<void()> &change)
{
    FirstRows first;
    StepLoop loop;
    QElapsedTimer timer;
    auto arrived = [&] {
        if (!loop.isFinished() && model.rowCount() > 0) {
            first.ms = double(timer.nsecsElapsed()) / 1e6;
            first.ok = true;
            loop.finish();
        }
    };
    QObject context;
    QObject::connect(&model, &QAbstractItemModel::modelReset, &context, arrived);
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &context, arrived);
    // A change that matches nothing would never bring rows: end on its (empty) page instead.
    QObject::connect(&model, &WorkOrderTableModel::pageLoaded, &context, [&] {
        arrived();
        loop.finish();
    });
    timer.start();
    change();
    loop.run(30s);
    first.rows = model.rowCount();
    first.total = model.totalCount();
    return first;
}

} // namespace fentu::bench
