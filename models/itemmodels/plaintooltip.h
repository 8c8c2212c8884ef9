#pragma once

#include <QString>

namespace fentu {

/// A tooltip that shows `text` exactly as written, whatever characters it holds; empty text
/// stays empty (no tooltip).
///
/// Why: Qt shows a tooltip as rich text whenever Qt::mightBeRichText() guesses so, and text
/// from the server (a customer called "</b>WO-999 <img src=…>") may look like markup, which
/// would then be rendered, reshaped or even load an image. The text is escaped and wrapped so
/// that Qt always reads it as rich text and renders exactly the original characters, line
/// breaks and runs of spaces included. Every tooltip that can hold server text goes through
/// this function (item models return it for Qt::ToolTipRole; widgets set it).
QString plainToolTip(const QString &text);

} // namespace fentu
