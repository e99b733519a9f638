"""Taking a picture with a camera, when this installation and computer allow it.

Camera access needs Qt Multimedia, which is in the ``PySide6-Addons`` package; Lepton
Studio depends only on ``PySide6-Essentials``. So Qt Multimedia is imported lazily, and
``camera_support()`` says whether it is installed and a camera is attached; the page
shows a plain message otherwise. With ``pip install PySide6-Addons`` (same version as
PySide6-Essentials) the capture dialog below works without other changes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

AVAILABLE = "available"
NOT_INSTALLED = "not_installed"
NO_CAMERA = "no_camera"
CONTEXT = "Camera"


def camera_support() -> str:
    """``AVAILABLE``, ``NOT_INSTALLED`` (no Qt Multimedia) or ``NO_CAMERA``."""
    try:
        from PySide6.QtMultimedia import QMediaDevices  # noqa: F401
        from PySide6.QtMultimediaWidgets import QVideoWidget  # noqa: F401
    except ImportError:
        return NOT_INSTALLED
    try:
        return AVAILABLE if QMediaDevices.videoInputs() else NO_CAMERA
    except Exception:  # noqa: BLE001 - a broken multimedia back end is "no camera"
        return NO_CAMERA


def camera_message(status: str) -> str:
    """Why no picture can be taken, in the user's language."""
    if status == NOT_INSTALLED:
        return QCoreApplication.translate(
            "Camera", "Camera support is not installed in this copy of Lepton Studio. "
            "Open or drop a photo instead.")
    return QCoreApplication.translate(
        "Camera", "No camera found. Connect a camera (and allow Lepton Studio to use it), "
        "or open or drop a photo instead.")


def take_photo(parent: QWidget | None) -> QImage | None:
    """Show the camera and return the picture taken, or None when cancelled.

    Only call when ``camera_support() == AVAILABLE``.
    """
    dialog = _dialog_class()(parent)
    dialog.exec()
    return dialog.photo


def _dialog_class():
    """The capture dialog; defined on first use so Qt Multimedia is only imported then."""
    from PySide6.QtMultimedia import QCamera, QImageCapture, QMediaCaptureSession, QMediaDevices
    from PySide6.QtMultimediaWidgets import QVideoWidget
    from PySide6.QtWidgets import (
        QComboBox,
        QDialog,
        QDialogButtonBox,
        QLabel,
        QPushButton,
        QVBoxLayout,
    )

    class CaptureDialog(QDialog):
        def __init__(self, parent: QWidget | None = None) -> None:
            super().__init__(parent)
            self.photo: QImage | None = None
            self.setWindowTitle(QCoreApplication.translate("Camera", "Take a Photo"))
            self.devices = QMediaDevices.videoInputs()
            self.chooser = QComboBox()
            for device in self.devices:
                self.chooser.addItem(device.description())
            self.chooser.setVisible(len(self.devices) > 1)
            self.view = QVideoWidget()
            self.view.setMinimumSize(480, 360)
            self.status = QLabel()
            self.session = QMediaCaptureSession(self)
            self.capture = QImageCapture(self)
            self.session.setImageCapture(self.capture)
            self.session.setVideoOutput(self.view)
            self.capture.imageCaptured.connect(self._captured)
            self.capture.errorOccurred.connect(lambda *_: self.status.setText(
                QCoreApplication.translate("Camera", "The camera could not take a picture.")))
            self.camera: QCamera | None = None
            self.chooser.currentIndexChanged.connect(self._use)
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
            self.shoot = QPushButton(QCoreApplication.translate("Camera", "Take Photo"))
            self.shoot.setDefault(True)
            buttons.addButton(self.shoot, QDialogButtonBox.ButtonRole.ActionRole)
            self.shoot.clicked.connect(self._shoot)
            buttons.rejected.connect(self.reject)
            layout = QVBoxLayout(self)
            layout.addWidget(self.chooser)
            layout.addWidget(self.view, 1)
            layout.addWidget(self.status)
            layout.addWidget(buttons)
            self._use(0)

        def _use(self, index: int) -> None:
            if self.camera is not None:
                self.camera.stop()
                self.camera.deleteLater()
            self.camera = QCamera(self.devices[index], self) if self.devices else None
            if self.camera is None:
                return
            self.camera.errorOccurred.connect(lambda *_: self.status.setText(
                QCoreApplication.translate("Camera", "The camera cannot be used (it may be busy, or access was refused).")))
            self.session.setCamera(self.camera)
            self.camera.start()

        def _shoot(self) -> None:
            if self.capture.isReadyForCapture():
                self.capture.capture()
            else:
                self.status.setText(QCoreApplication.translate("Camera", "The camera is not ready yet."))

        def _captured(self, _id: int, image: QImage) -> None:
            self.photo = QImage(image)
            self.accept()

        def done(self, result: int) -> None:
            if self.camera is not None:
                self.camera.stop()
            super().done(result)

    return CaptureDialog
