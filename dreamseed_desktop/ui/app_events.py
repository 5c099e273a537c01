"""Typed cross-screen signals. One instance is created by the app and injected into screens.

Screens never import each other: a screen that changes data emits the matching ``*_changed``
signal after its write succeeded; screens that show that data listen and reload.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    """Application-wide notifications (injected, never a module global).

    Signals:
        organizations_changed(): an organization was created, edited or deleted.
        people_changed(): users/teachers/students were created, edited or (de)activated.
        classes_changed(): a class was created, edited or deleted.
        enrollment_changed(int): enrollments of the class with this id changed.
        items_changed(): the item bank changed (import, edit, retire/activate).
        subjects_changed(): the school's subject names were loaded or changed (screens that show
            subjects reload; see ui/subject_names.py).
        exams_changed(): exams were created, edited, opened or closed.
        sessions_changed(int): exam sessions of the exam with this id changed.
        open_class_requested(int): show the roster of this class (teacher's My classes).
        open_exam_requested(int, str): open this exam's "proctor" console, its "results" or its
            settings ("edit") in the exams screen (the teacher's home).
        status_message(str): a short message for the status bar.
    """

    organizations_changed = Signal()
    people_changed = Signal()
    classes_changed = Signal()
    enrollment_changed = Signal(int)
    items_changed = Signal()
    subjects_changed = Signal()
    exams_changed = Signal()
    sessions_changed = Signal(int)
    open_class_requested = Signal(int)
    open_exam_requested = Signal(int, str)
    status_message = Signal(str)
