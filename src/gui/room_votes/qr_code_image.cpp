#include "gui/room_votes/qr_code_image.h"

#include <qrencode.h>

#include <QPainter>
#include <algorithm>
#include <memory>

namespace crm::gui {

QImage qrCodeImage(const QString& text, int maxPixels) {
    const QByteArray utf8 = text.toUtf8();
    std::unique_ptr<QRcode, void (*)(QRcode*)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), QRcode_free);
    if (!code) return {};
    const int modules = code->width;
    const int withQuietZone = modules + 2 * kQrQuietZoneModules;
    const int scale = std::max(1, maxPixels / withQuietZone);
    QImage image(withQuietZone * scale, withQuietZone * scale, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < modules; ++y)
        for (int x = 0; x < modules; ++x)
            if (code->data[y * modules + x] & 1)  // bit 0: the module is dark
                painter.fillRect((x + kQrQuietZoneModules) * scale,
                                 (y + kQrQuietZoneModules) * scale, scale, scale, Qt::black);
    return image;
}

}  // namespace crm::gui
