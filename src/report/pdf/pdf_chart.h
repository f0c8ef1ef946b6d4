#pragma once
// Puts a chart on a PDF page: the shapes through QSvgRenderer (vectors, never a bitmap) and
// the labels as real text in the same font, so chart text can be searched and copied.
#include <QPainter>
#include <QRectF>
#include <QSizeF>

#include "report/charts/svg_canvas.h"

namespace crm::report::pdf {

QSizeF chartSize(const ChartDrawing& drawing);
void paintChart(QPainter& painter, const ChartDrawing& drawing, const QRectF& target);

}  // namespace crm::report::pdf
