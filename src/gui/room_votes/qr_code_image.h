#pragma once
// A QR code as an image for the projector (libqrencode): black modules on white, each module a
// square of whole pixels (no blurred edges for a phone's camera) and four modules of white
// around it (the quiet zone the standard asks for).
#include <QImage>
#include <QString>

namespace crm::gui {

constexpr int kQrQuietZoneModules = 4;

// The largest code that fits in `maxPixels` (at least one pixel per module); a null image when
// the text cannot be encoded.
QImage qrCodeImage(const QString& text, int maxPixels);

}  // namespace crm::gui
