/* SPDX-FileCopyrightText: 2026 PisoNet Manager developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A stand-in for a running PisoNet Manager, for wine-installer-check.sh only (never shipped):
 * keeps FILE open without write sharing, as Windows does for a running program's .exe, and
 * has a top-level window like the real one. WM_CLOSE ("taskkill /IM", the X button) ends it,
 * unless "stubborn" is given: then only a forced end (taskkill /F) does.
 * Usage: fileholder.exe FILE READY-FILE [stubborn]  (READY-FILE is created once FILE is held). */
#include <windows.h>
#include <shellapi.h>

static HANDLE held = INVALID_HANDLE_VALUE;
static BOOL stubborn = FALSE;

static LRESULT CALLBACK windowProc(HWND window, UINT message, WPARAM wParam, LPARAM lParam)
{
    if (message == WM_CLOSE) {
        if (!stubborn) {
            CloseHandle(held);
            PostQuitMessage(0);
        }
        return 0;
    }
    return DefWindowProcW(window, message, wParam, lParam);
}

int WINAPI wWinMain(HINSTANCE instance, HINSTANCE previous, PWSTR commandLine, int show)
{
    (void)previous;
    (void)commandLine;
    (void)show;
    int argc = 0;
    LPWSTR* argv = CommandLineToArgvW(GetCommandLineW(), &argc);
    if (argv == NULL || argc < 3) {
        return 1;
    }
    held = CreateFileW(argv[1], GENERIC_READ, FILE_SHARE_READ, NULL, OPEN_EXISTING, 0, NULL);
    if (held == INVALID_HANDLE_VALUE) {
        return 2;
    }
    stubborn = argc > 3 && lstrcmpiW(argv[3], L"stubborn") == 0;
    WNDCLASSW windowClass = {0};
    windowClass.lpfnWndProc = windowProc;
    windowClass.hInstance = instance;
    windowClass.lpszClassName = L"PisoNetFileHolder";
    RegisterClassW(&windowClass);
    if (CreateWindowW(L"PisoNetFileHolder", L"PisoNet Manager", WS_OVERLAPPEDWINDOW, 0, 0, 200, 100, NULL, NULL,
                      instance, NULL)
        == NULL) {
        return 3;
    }
    HANDLE ready = CreateFileW(argv[2], GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);
    if (ready == INVALID_HANDLE_VALUE) {
        return 4;
    }
    CloseHandle(ready);
    MSG message;
    while (GetMessageW(&message, NULL, 0, 0) > 0) {
        TranslateMessage(&message);
        DispatchMessageW(&message);
    }
    return 0;
}
