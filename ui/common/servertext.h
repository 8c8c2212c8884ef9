#pragma once

// Showing text that may come from the server (names, numbers, descriptions, notes, its
// refusals), or that quotes it: always as the characters it is, never as markup.
//
// Why: QLabel, QMessageBox, QProgressDialog and tooltips guess the format with
// Qt::mightBeRichText() unless told otherwise, so a customer named "</b>WO-999 <img src=…>"
// would be rendered as markup, reshaped, and could make Qt load an image. Every place in ui/
// that shows such text uses these helpers; plainToolTip() (models/itemmodels) does the same
// for tooltips that item models return.

#include "itemmodels/plaintooltip.h"

#include <QMessageBox>
#include <QString>

class QLabel;
class QProgressDialog;
class QWidget;

namespace fentu {

/// A label that shows `text` as plain text (and keeps doing so for later setText()).
QLabel *plainTextLabel(const QString &text, QWidget *parent);
/// Makes `label` show its text, now and later, as plain text.
void makePlainText(QLabel *label);
/// Sets `widget`'s tooltip to show `text` exactly (see plainToolTip()).
void setPlainToolTip(QWidget *widget, const QString &text);

/// A message box whose text is plain text.
QMessageBox *plainTextMessageBox(QMessageBox::Icon icon, const QString &title, const QString &text,
                                 QMessageBox::StandardButtons buttons, QWidget *parent);
/// Sets the informative text of `box` as plain text (QMessageBox has no format for it).
void setPlainInformativeText(QMessageBox *box, const QString &text);

/// A progress dialog whose label (now and after setLabelText()) is plain text.
QProgressDialog *plainTextProgressDialog(const QString &labelText, const QString &cancelText,
                                         int minimum, int maximum, QWidget *parent);

} // namespace fentu
