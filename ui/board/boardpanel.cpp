#include "boardpanel.h"

#include "boardtimeaxis.h"
#include "boardview.h"
#include "boardwaitinglist.h"
#include "boardtechniciansdialog.h"

#include "board/boardmodel.h"
#include "servertext.h"
#include "views/savedview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {
constexpr int kZoomDays[] = {1, 7, 14};

QToolButton *navButton(const QString &objectName, const QString &text, const QString &tip,
                       QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setText(text);
    button->setToolTip(tip);
    button->setAccessibleName(tip);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::TabFocus);
    return button;
}
} // namespace

BoardPanel::BoardPanel(BoardModel *model, const BoardPreferences &preferences, QWidget *parent)
    : QWidget(parent), m_model(model), m_preferences(preferences),
      m_previous(navButton(u"boardPrevious"_s, u"◀"_s,
                           tr("Previous (%1)").arg(QKeySequence(Qt::CTRL | Qt::Key_PageUp)
                                                       .toString(QKeySequence::NativeText)),
                           this)),
      m_today(navButton(u"boardToday"_s, tr("Today"), tr("Go to today (T)"), this)),
      m_next(navButton(u"boardNext"_s, u"▶"_s,
                       tr("Next (%1)").arg(QKeySequence(Qt::CTRL | Qt::Key_PageDown)
                                               .toString(QKeySequence::NativeText)),
                       this)),
      m_range(new QLabel(this)), m_zoom(new QComboBox(this)),
      m_nights(new QCheckBox(tr("Nights"), this)), m_weekends(new QCheckBox(tr("Weekends"), this)),
      m_clashesOnly(new QCheckBox(tr("Clashes only"), this)),
      m_technicians(new QToolButton(this)), m_status(new QLabel(this)),
      m_view(new BoardView(model, this)), m_waiting(new BoardWaitingList(model, this))
{
    setObjectName(u"boardPanel"_s);
    m_axis = new BoardTimeAxis(m_view, this);
    m_previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    m_next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    m_range->setObjectName(u"boardRange"_s);
    QFont bold = m_range->font();
    bold.setBold(true);
    m_range->setFont(bold);
    m_zoom->setObjectName(u"boardZoom"_s);
    m_zoom->setAccessibleName(tr("Zoom"));
    m_zoom->addItem(tr("Day"), 1);
    m_zoom->addItem(tr("Week"), 7);
    m_zoom->addItem(tr("Two weeks"), 14);
    m_zoom->setToolTip(tr("How many days the board shows (+ and − on the board)"));
    m_nights->setObjectName(u"boardNights"_s);
    m_nights->setToolTip(tr("Show the whole day, not only the working hours"));
    m_weekends->setObjectName(u"boardWeekends"_s);
    m_weekends->setToolTip(tr("Show Saturdays and Sundays"));
    m_clashesOnly->setObjectName(u"boardClashesOnly"_s);
    m_clashesOnly->setToolTip(tr("Show only the technicians with overlapping orders"));
    m_technicians->setObjectName(u"boardTechnicians"_s);
    m_technicians->setToolTip(tr("Choose whose rows the board shows"));
    m_technicians->setAutoRaise(true);
    m_technicians->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_status->setObjectName(u"boardStatus"_s);
    makePlainText(m_status); // it quotes the server's refusals
    // A long refusal must not widen the window past the screen: the line takes what is left
    // and the tooltip holds the whole.
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_status->setMinimumWidth(0);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->setSpacing(4);
    bar->addWidget(m_previous);
    bar->addWidget(m_today);
    bar->addWidget(m_next);
    bar->addSpacing(8);
    bar->addWidget(m_range);
    bar->addSpacing(12);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_zoom);
    bar->addWidget(m_technicians);
    bar->addWidget(m_nights);
    bar->addWidget(m_weekends);
    bar->addWidget(m_clashesOnly);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    auto *board = new QVBoxLayout;
    board->setContentsMargins(0, 0, 0, 0);
    board->setSpacing(2);
    board->addWidget(m_axis);
    board->addWidget(m_view, 1);
    auto *columns = new QHBoxLayout;
    columns->setContentsMargins(0, 0, 0, 0);
    columns->setSpacing(0);
    columns->addLayout(board, 1);
    columns->addWidget(m_waiting);
    layout->addLayout(columns, 1);
    setFocusProxy(m_view);

    connect(m_previous, &QToolButton::clicked, this, &BoardPanel::previous);
    connect(m_next, &QToolButton::clicked, this, &BoardPanel::next);
    connect(m_today, &QToolButton::clicked, this, &BoardPanel::today);
    connect(m_view, &BoardView::todayRequested, this, &BoardPanel::today);
    connect(m_view, &BoardView::zoomRequested, this, &BoardPanel::zoom);
    connect(m_zoom, &QComboBox::activated, this,
            [this](int index) { setDays(m_zoom->itemData(index).toInt()); });
    connect(m_nights, &QCheckBox::toggled, this, [this](bool shown) {
        BoardPreferences p = m_preferences;
        p.showNights = shown;
        setPreferences(p);
    });
    connect(m_weekends, &QCheckBox::toggled, this, [this](bool shown) {
        BoardPreferences p = m_preferences;
        p.showWeekends = shown;
        setPreferences(p);
    });
    connect(m_clashesOnly, &QCheckBox::toggled, this, [this](bool only) {
        BoardPreferences p = m_preferences;
        p.clashesOnly = only;
        setPreferences(p);
    });
    connect(m_technicians, &QToolButton::clicked, this, &BoardPanel::chooseTechnicians);
    // The count says "of" the technicians loaded: they arrive after the panel exists.
    connect(m_model, &BoardModel::changed, this, &BoardPanel::updateTechniciansButton);
    connect(m_model, &BoardModel::loadingChanged, this, &BoardPanel::updateStatusLine);
    connect(m_view, &BoardView::dragHint, this, &BoardPanel::setMessage);
    // One selection at a time: a pick in the list clears the board's, and the other way round.
    connect(m_waiting, &BoardWaitingList::selectionChanged, this, [this](const QStringList &ids) {
        if (!ids.isEmpty())
            m_view->clearSelection();
    });
    connect(m_view, &BoardView::selectionChanged, this, [this](const QStringList &ids) {
        if (!ids.isEmpty())
            m_waiting->clearSelection();
    });

    m_nights->setChecked(m_preferences.showNights);
    m_weekends->setChecked(m_preferences.showWeekends);
    m_clashesOnly->setChecked(m_preferences.clashesOnly);
    m_zoom->setCurrentIndex(m_zoom->findData(m_preferences.days));
    m_view->setPreferences(m_preferences);
    m_model->setClashesOnly(m_preferences.clashesOnly);
    updateTechniciansButton();
}

void BoardPanel::setShownTechnicians(const QStringList &ids)
{
    m_model->setShownTechnicians(ids);
    updateTechniciansButton();
}

QStringList BoardPanel::shownTechnicians() const
{
    return m_model->shownTechnicians();
}

void BoardPanel::chooseTechnicians()
{
    auto *picker = new BoardTechniciansDialog(m_model->technicians(),
                                        m_model->isNarrowedToTechnicians()
                                            ? m_model->shownTechnicians()
                                            : QStringList(),
                                        this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QDialog::accepted, this, [this, picker] {
        QStringList ids = picker->shownIds();
        if (!ids.isEmpty()) {
            // A view's technician the server no longer lists stays in its choice: it comes back
            // if the technician does, and the view is not changed by a glance at the list.
            for (const QString &id : m_model->shownTechnicians()) {
                const bool loaded = std::any_of(
                    m_model->technicians().begin(), m_model->technicians().end(),
                    [&id](const Technician &technician) { return technician.id == id; });
                if (!loaded && !ids.contains(id))
                    ids << id;
            }
        }
        if (sameTechnicians(ids, m_model->shownTechnicians()))
            return;
        setShownTechnicians(ids);
        emit shownTechniciansChosen();
    });
    picker->open();
}

void BoardPanel::updateTechniciansButton()
{
    const QList<Technician> &all = m_model->technicians();
    // Nothing to choose from until the technicians are loaded (a choice made then would
    // drop a view's team).
    m_technicians->setEnabled(!all.isEmpty());
    int shown = 0;
    if (m_model->isNarrowedToTechnicians()) {
        for (const Technician &technician : all)
            shown += m_model->shownTechnicians().contains(technician.id) ? 1 : 0;
    }
    const QString text = shown == 0 ? tr("Technicians: all")
                                    : tr("Technicians: %1 of %2").arg(shown).arg(all.size());
    m_technicians->setText(text + u"…"_s);
    m_technicians->setAccessibleName(text);
}

void BoardPanel::setPreferences(const BoardPreferences &preferences)
{
    if (preferences == m_preferences)
        return;
    const bool daysChanged = preferences.days != m_preferences.days;
    const QDate lastShown = m_firstDay.addDays(m_preferences.days - 1);
    m_preferences = preferences;
    m_model->setClashesOnly(preferences.clashesOnly);
    m_view->setPreferences(preferences);
    if (daysChanged) {
        // Zooming keeps the day the user went to (today, say) while it is still in view: a
        // week and back is the same day again, not the week's first.
        QDate day = QDate::currentDate();
        if (m_firstDay.isValid()) {
            const bool focusShown = m_focusDay.isValid() && m_focusDay >= m_firstDay &&
                                    m_focusDay <= lastShown;
            day = focusShown ? m_focusDay : m_firstDay;
        }
        showDay(day);
    } else
        applySpan(); // working hours or default length may differ
    emit preferencesChanged(m_preferences);
}

void BoardPanel::usePreferences(const BoardPreferences &preferences)
{
    for (QCheckBox *box : {m_nights, m_weekends, m_clashesOnly})
        box->blockSignals(true);
    m_nights->setChecked(preferences.showNights);
    m_weekends->setChecked(preferences.showWeekends);
    m_clashesOnly->setChecked(preferences.clashesOnly);
    for (QCheckBox *box : {m_nights, m_weekends, m_clashesOnly})
        box->blockSignals(false);
    setPreferences(preferences);
}

void BoardPanel::showDay(QDate day)
{
    m_focusDay = day;
    if (m_preferences.days > 1) {
        // A week board starts on the first day of the user's week.
        const int first = int(QLocale().firstDayOfWeek());
        const int back = (day.dayOfWeek() - first + 7) % 7;
        day = day.addDays(-back);
    }
    m_firstDay = day;
    applySpan();
}

void BoardPanel::applySpan()
{
    m_view->settleMove(); // other days: what the move aimed at is about to go
    BoardSpan span;
    span.firstDay = m_firstDay;
    span.days = m_preferences.days;
    span.workStart = m_preferences.workStart;
    span.workEnd = m_preferences.workEnd;
    span.defaultDurationMinutes = m_preferences.defaultDurationMinutes;
    m_model->setSpan(span);
    const QLocale locale;
    const QDate last = m_firstDay.addDays(m_preferences.days - 1);
    m_range->setText(m_preferences.days == 1
                         ? locale.toString(m_firstDay, QLocale::LongFormat)
                         : tr("%1 – %2").arg(locale.toString(m_firstDay, QLocale::ShortFormat),
                                             locale.toString(last, QLocale::ShortFormat)));
    m_zoom->setCurrentIndex(m_zoom->findData(m_preferences.days));
}

void BoardPanel::previous()
{
    showDay(m_firstDay.addDays(-m_preferences.days));
}

void BoardPanel::next()
{
    showDay(m_firstDay.addDays(m_preferences.days));
}

void BoardPanel::today()
{
    showDay(QDate::currentDate());
}

void BoardPanel::zoom(int step)
{
    int index = 0;
    for (int i = 0; i < 3; ++i) {
        if (kZoomDays[i] == m_preferences.days)
            index = i;
    }
    setDays(kZoomDays[std::clamp(index - step, 0, 2)]);
}

void BoardPanel::setDays(int days)
{
    BoardPreferences p = m_preferences;
    p.days = days;
    setPreferences(p);
}

void BoardPanel::setOfflineText(const QString &text)
{
    m_offlineText = text;
    updateStatusLine();
}

void BoardPanel::setMessage(const QString &text)
{
    m_message = text;
    updateStatusLine();
}

void BoardPanel::updateStatusLine()
{
    QStringList parts;
    if (!m_message.isEmpty())
        parts.append(m_message);
    else if (m_model->isLoading())
        parts.append(tr("Loading…"));
    else if (!m_model->loadError().isEmpty())
        parts.append(tr("Could not load the board: %1").arg(m_model->loadError()));
    if (!m_offlineText.isEmpty())
        parts.append(m_offlineText);
    m_status->setText(parts.join(u"  ·  "_s));
    m_status->setToolTip(plainToolTip(m_status->text()));
}

} // namespace fentu
