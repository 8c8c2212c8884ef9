#include "searchablecombobox.h"

#include "itemmodels/namechoicemodel.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>

namespace fentu {

SearchableComboBox::SearchableComboBox(NameChoiceModel *choices, QWidget *parent)
    : QComboBox(parent), m_choices(choices)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setModel(choices); // before the completer: setModel() would replace the completer's model
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(12);

    auto *completer = new QCompleter(choices, this);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    setCompleter(completer);

    m_typing.setSingleShot(true);
    m_typing.setInterval(TypingDelayMs);
    connect(&m_typing, &QTimer::timeout, this, &SearchableComboBox::matchTypedText);
    connect(lineEdit(), &QLineEdit::textEdited, this, [this] { m_typing.start(); });
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        // Names arriving from a lookup shift the current row without changing the choice;
        // the user may be typing right then, so leave the field alone.
        if (currentId() == m_shownId)
            return;
        m_shownId = currentId();
        m_typing.stop();
        restoreText();
        emit choiceChanged();
    });
    lineEdit()->setClearButtonEnabled(true);
    // "Any customer" is the empty field's placeholder: the user types over nothing.
    lineEdit()->setPlaceholderText(itemText(0));
    restoreText();
}

QString SearchableComboBox::currentId() const
{
    return m_choices->idAt(currentIndex());
}

QString SearchableComboBox::currentName() const
{
    return currentIndex() > 0 ? itemText(currentIndex()) : QString();
}

void SearchableComboBox::selectId(const QString &id)
{
    setCurrentIndex(qMax(0, m_choices->rowOfId(id)));
    restoreText();
}

void SearchableComboBox::matchTypedText()
{
    const QString typed = lineEdit()->text().trimmed();
    if (typed.isEmpty()) {
        // Clearing the field (its clear button, or deleting the text) means "any".
        setCurrentIndex(0);
        return;
    }
    int match = -1;
    for (int row = 1; row < count(); ++row) {
        if (itemText(row).compare(typed, Qt::CaseInsensitive) != 0)
            continue;
        if (match >= 0)
            return; // two entries share the name: let the user pick one from the list
        match = row;
    }
    if (match >= 0)
        setCurrentIndex(match);
}

void SearchableComboBox::restoreText()
{
    const QString shown = currentIndex() > 0 ? itemText(currentIndex()) : QString();
    if (lineEdit() && lineEdit()->text() != shown)
        setEditText(shown);
}

void SearchableComboBox::focusOutEvent(QFocusEvent *event)
{
    QComboBox::focusOutEvent(event);
    // Focus moving into the completion popup is not leaving the field.
    if (completer() && completer()->popup() && completer()->popup()->isVisible())
        return;
    if (m_typing.isActive()) {
        m_typing.stop();
        matchTypedText();
    }
    restoreText();
}

} // namespace fentu
