#pragma once

#include "settings/boardpreferences.h"

#include <QDate>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QToolButton;

namespace fentu {

class BoardModel;
class BoardTimeAxis;
class BoardView;
class BoardWaitingList;

/// The board with its controls: previous / Today / next, the zoom (day, week, two weeks),
/// nights and weekends shown or collapsed, "Clashes only", whose rows (Technicians…), the "Not scheduled" list beside
/// the rows, and a line that says what the
/// board shows (loading, offline from the cache, a failure, a move's outcome). Owns nothing
/// of the data: the model is the controller's.
class BoardPanel : public QWidget
{
    Q_OBJECT
public:
    BoardPanel(BoardModel *model, const BoardPreferences &preferences, QWidget *parent = nullptr);

    BoardView *view() const { return m_view; }
    BoardWaitingList *waitingList() const { return m_waiting; }
    const BoardPreferences &preferences() const { return m_preferences; }
    /// Shows the span of `preferences.days` that holds `day` (a week starts on the locale's
    /// first day of the week).
    void showDay(QDate day);
    QDate firstDay() const { return m_firstDay; }
    void previous();
    void next();
    void today();
    /// +1: fewer days (day ← week ← two weeks), -1: more.
    void zoom(int step);
    void setDays(int days);
    /// Preferences changed elsewhere (Settings): the controls and the board follow.
    void usePreferences(const BoardPreferences &preferences);
    /// A sentence about where the orders come from when that is not the server (offline), or
    /// empty.
    void setOfflineText(const QString &text);
    /// A passing sentence (a move refused); empty clears it.
    void setMessage(const QString &text);
    /// Whose rows the board shows (BoardModel::setShownTechnicians); empty: everyone's. Kept
    /// by saved views, not by the settings: technicians are the server's.
    void setShownTechnicians(const QStringList &ids);
    QStringList shownTechnicians() const;
    /// Opens the choice of technicians (BoardTechniciansDialog); the board follows when it is
    /// accepted.
    void chooseTechnicians();

signals:
    void preferencesChanged(const fentu::BoardPreferences &preferences);
    /// The user chose other technicians (not when setShownTechnicians() did).
    void shownTechniciansChosen();

private:
    void applySpan();
    void updateStatusLine();
    void setPreferences(const BoardPreferences &preferences);
    void updateTechniciansButton();

    BoardModel *m_model;
    BoardPreferences m_preferences;
    QDate m_firstDay;
    QDate m_focusDay; // the day last gone to, kept through zooming while shown
    QToolButton *m_previous;
    QToolButton *m_today;
    QToolButton *m_next;
    QLabel *m_range;
    QComboBox *m_zoom;
    QCheckBox *m_nights;
    QCheckBox *m_weekends;
    QCheckBox *m_clashesOnly;
    QToolButton *m_technicians;
    QLabel *m_status;
    BoardTimeAxis *m_axis;
    BoardView *m_view;
    BoardWaitingList *m_waiting;
    QString m_offlineText;
    QString m_message;
};

} // namespace fentu
