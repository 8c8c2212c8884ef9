#include "boardbench.h"

#include "benchreport.h"
#include "benchtext.h"
#include "median.h"
#include "procstatus.h"
#include "steploop.h"

#include "boardview.h"

#include "board/boardmodel.h"
#include "cache/cachestore.h"
#include "domain/codec.h"
#include "pages/cachepagesource.h"
#include "sync/lookuploader.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonObject>
#include <QMouseEvent>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace fentu::bench {

namespace {

const QDate kMonday(2031, 3, 3); // far from anything else: the spans hold only these orders

/// A board's worth of orders: `technicians` people, each with a full working day of orders
/// (back to back, some overlapping) on every day of `days`, about `orders` in all.
struct BoardData
{
    QList<Technician> technicians;
    QList<Customer> customers;
    QList<WorkOrderSummary> orders;
};

BoardData makeData(int technicians, int days, int orders, quint32 seed)
{
    QRandomGenerator random(seed);
    BoardData data;
    for (int i = 1; i <= technicians; ++i)
        data.technicians.append({u"tech-%1"_s.arg(i, 3, 10, QLatin1Char('0')),
                                 u"Technician %1"_s.arg(i), true});
    for (int i = 1; i <= 40; ++i)
        data.customers.append({u"cust-%1"_s.arg(i), u"Customer %1"_s.arg(i), {}, {}});
    const int perDay = std::max(1, orders / (technicians * days));
    int made = 0;
    for (int d = 0; d < days && made < orders; ++d) {
        for (const Technician &tech : std::as_const(data.technicians)) {
            QTime at(7, 0);
            for (int k = 0; k < perDay + int(random.bounded(2u)) && made < orders; ++k) {
                const int minutes = 30 + 15 * int(random.bounded(8u));
                const QDateTime start(kMonday.addDays(d), at, Qt::LocalTime);
                const Customer &customer = data.customers[int(random.bounded(40u))];
                const QJsonObject json{
                    {u"id"_s, u"wo-b%1"_s.arg(made)},
                    {u"work_order_number"_s, u"WO-2031-%1"_s.arg(made, 5, 10, QLatin1Char('0'))},
                    {u"status"_s, u"assigned"_s},
                    {u"priority"_s, u"medium"_s},
                    {u"work_order_type"_s, u"repair"_s},
                    {u"customer"_s, QJsonObject{{u"id"_s, customer.id}, {u"name"_s, customer.name}}},
                    {u"technician"_s, QJsonObject{{u"id"_s, tech.id}, {u"name"_s, tech.name}}},
                    {u"scheduled_date"_s, start.toUTC().toString(Qt::ISODate)},
                    {u"estimated_duration"_s, minutes},
                    {u"created_at"_s, u"2031-01-01T08:00:00Z"_s},
                    {u"updated_at"_s, u"2031-01-01T08:00:00Z"_s},
                };
                data.orders.append(codec::decodeWorkOrderSummary(json).value());
                ++made;
                // One in six overlaps the next: the board has clashes to lay out.
                at = at.addSecs(qint64(minutes - (random.bounded(6u) == 0 ? 20 : -10)) * 60);
            }
        }
    }
    return data;
}

template <typename Post> bool waitFor(Post post)
{
    StepLoop loop;
    bool ok = false;
    post([&](auto result) {
        ok = result.isOk();
        loop.finish();
    });
    return loop.run(120s) && ok;
}

/// A cache file holding `data`, open in `store`.
bool fillCache(CacheStore &store, const QString &file, const BoardData &data)
{
    StepLoop opening;
    bool opened = false;
    store.openFile(file, QUrl(u"http://127.0.0.1:9/api/v1"_s), nullptr,
                   [&](CacheOpenReport report) {
                       opened = report.isUsable();
                       opening.finish();
                   });
    if (!opening.run(30s) || !opened)
        return false;
    return waitFor([&](auto done) { store.upsertCustomers(data.customers, nullptr, done); }) &&
           waitFor([&](auto done) { store.upsertTechnicians(data.technicians, nullptr, done); }) &&
           waitFor([&](auto done) { store.upsertSummaries(data.orders, nullptr, done); });
}

/// The board of one span from the cache to the screen: setSpan() until the model has laid
/// out the loaded orders, the view has built its scene and painted once (into an image the
/// size of a 1400x900 window's board).
struct Shown
{
    bool ok = false;
    double ms = 0;
    int bars = 0;
};

Shown showSpan(BoardModel &model, BoardView &view, QDate first, int days)
{
    Shown shown;
    StepLoop loop;
    QElapsedTimer timer;
    QImage canvas(view.size(), QImage::Format_ARGB32_Premultiplied);
    const auto connection = QObject::connect(&model, &BoardModel::loadingChanged, [&](bool busy) {
        if (busy || loop.isFinished())
            return;
        // The view rebuilt its scene on changed(), before this: paint it once.
        QPainter painter(&canvas);
        view.render(&painter);
        painter.end();
        shown.ms = double(timer.nsecsElapsed()) / 1e6;
        for (const BoardRow &row : model.rows())
            shown.bars += int(row.bars.size());
        shown.ok = model.loadError().isEmpty();
        loop.finish();
    });
    BoardSpan span;
    span.firstDay = first;
    span.days = days;
    timer.start();
    model.setSpan(span);
    loop.run(60s);
    QObject::disconnect(connection);
    return shown;
}

struct BoardRig
{
    explicit BoardRig(const QString &directory)
        : store(directory), pages(&store), technicians(nullptr, &store),
          model(&pages, &technicians, nullptr), view(&model)
    {
        view.resize(1150, 800); // the board's share of a 1400x900 window
        BoardPreferences preferences;
        preferences.showNights = false;
        view.setPreferences(preferences);
    }
    CacheStore store;
    CachePageSource pages;
    LookupLoader technicians;
    BoardModel model;
    BoardView view;
};

Figure figureFor(const QString &key, const QString &title, const QList<double> &times, int bars,
                 double goal)
{
    Figure figure;
    figure.key = key;
    figure.title = title;
    figure.unit = u"ms"_s;
    figure.goal = goal;
    if (!times.isEmpty()) {
        figure.value = median(times);
        figure.detail = tr("%L1 bars; median of %2 loads from the cache, each of a new span")
                            .arg(bars)
                            .arg(times.size());
    }
    return figure;
}

/// The slowest frame of a drag: 60 steps of the hand across the board shown (offscreen), each
/// step the view's own handling of the move plus the repaint it asks for.
double slowestDragFrame(BoardView &view, const BoardModel &model)
{
    QString id;
    for (const BoardRow &row : model.rows()) {
        if (!row.unassigned && !row.bars.isEmpty()) {
            id = row.bars.first().order.id;
            break;
        }
    }
    const QPoint from = view.barCentre(id);
    if (id.isEmpty() || from.isNull())
        return std::numeric_limits<double>::quiet_NaN();
    QWidget *viewport = view.viewport();
    QMouseEvent press(QEvent::MouseButtonPress, QPointF(from), viewport->mapToGlobal(QPointF(from)),
                      Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &press);
    double slowest = 0;
    for (int step = 1; step <= 60; ++step) {
        const QPoint at = from + QPoint(step * 6, (step % 20) * 4);
        QElapsedTimer timer;
        timer.start();
        QMouseEvent move(QEvent::MouseMove, QPointF(at), viewport->mapToGlobal(QPointF(at)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        // What a screen gets: the view repaints the parts that changed, in the event loop.
        QApplication::processEvents();
        slowest = std::max(slowest, double(timer.nsecsElapsed()) / 1e6);
    }
    QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
    QApplication::sendEvent(&view, &escape);
    QMouseEvent release(QEvent::MouseButtonRelease, QPointF(from),
                        viewport->mapToGlobal(QPointF(from)), Qt::LeftButton, Qt::NoButton,
                        Qt::NoModifier);
    QApplication::sendEvent(viewport, &release);
    return slowest;
}

} // namespace

void runBoardBench(int runs, BenchReport &report)
{
    runs = std::max(1, runs);
    QTemporaryDir dir;
    const BoardData week = makeData(15, 7, 500, 7);
    const BoardData month = makeData(50, 28, 5000, 11);

    // A week of 15 technicians.
    {
        BoardRig rig(dir.filePath(u"week"_s));
        if (!fillCache(rig.store, dir.filePath(u"week.sqlite"_s), week)) {
            report.add(figureFor(u"board_week"_s, tr("board: a week, 15 technicians, from the cache"),
                                 {}, 0, 100));
            return;
        }
        QList<double> times;
        int bars = 0;
        // Alternating spans, so that every load is a real one; the first warms the caches.
        showSpan(rig.model, rig.view, kMonday.addDays(7), 7);
        for (int run = 0; run < runs * 2; ++run) {
            const Shown shown = showSpan(rig.model, rig.view, run % 2 ? kMonday.addDays(7) : kMonday, 7);
            if (run % 2 == 0 && shown.ok) {
                times.append(shown.ms);
                bars = shown.bars;
            }
        }
        report.add(figureFor(u"board_week"_s,
                             tr("board: a week of 15 technicians and ~500 orders, from the cache "
                                "to the screen"),
                             times, bars, 100));
    }

    // Four weeks of 50 technicians, 5,000 orders; then a drag over it; then its memory.
    {
        const qint64 before = procStatusKb("VmRSS");
        BoardRig rig(dir.filePath(u"month"_s));
        if (!fillCache(rig.store, dir.filePath(u"month.sqlite"_s), month)) {
            report.add(figureFor(u"board_month"_s, tr("board: four weeks, 50 technicians"), {}, 0,
                                 300));
            return;
        }
        QList<double> times;
        int bars = 0;
        showSpan(rig.model, rig.view, kMonday.addDays(28), 28);
        for (int run = 0; run < runs * 2; ++run) {
            const Shown shown =
                showSpan(rig.model, rig.view, run % 2 ? kMonday.addDays(28) : kMonday, 28);
            if (run % 2 == 0 && shown.ok) {
                times.append(shown.ms);
                bars = shown.bars;
            }
        }
        report.add(figureFor(u"board_month"_s,
                             tr("board: four weeks of 50 technicians and 5,000 orders, from the "
                                "cache to the screen"),
                             times, bars, 300));

        showSpan(rig.model, rig.view, kMonday, 28); // the loop ended on the empty span
        Figure drag;
        drag.key = u"board_drag_frame"_s;
        drag.title = tr("board: the slowest frame of a drag over the 5,000-order board");
        drag.unit = u"ms"_s;
        drag.goal = 16;
        rig.view.show();
        QApplication::processEvents(); // the first full paint is not part of the drag
        drag.value = slowestDragFrame(rig.view, rig.model);
        drag.detail = tr("60 steps of the hand over the shown board, each the view's handling "
                         "of the move and the repaint it asks for");
        report.add(drag);

        Figure memory;
        memory.key = u"board_memory"_s;
        memory.title = tr("board: resident memory the 5,000-order board adds");
        memory.unit = u"MB"_s;
        memory.goal = 50;
        const qint64 after = procStatusKb("VmRSS");
        if (before > 0 && after > 0)
            memory.value = double(after - before) / 1024.0;
        memory.detail = tr("VmRSS after showing the board minus before making it (cache, model, "
                           "scene and view together)");
        report.add(memory);
    }
}

} // namespace fentu::bench
