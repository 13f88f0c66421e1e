/* LK40 Workshop-Studio's launcher (lk40.exe, lk40-cli.exe).
 *
 * Runs the app with the Python that ships beside it (python\python3XX.dll), in this very
 * process: Windows shows lk40.exe with LK40's icon and version in the task manager, in the
 * taskbar and in "Apps & Features", and a shortcut or a double-clicked .lk40 file starts the
 * program, not a Python the user may have installed. Built twice by installer/build.py:
 * lk40.exe for the Windows subsystem (no console window opens when the GUI starts) and
 * lk40-cli.exe with -DLK40_CONSOLE for the console (lk40-cli --self-test prints its lines and
 * sets the exit code). Everything after the program name is handed to `python -I -m
 * lk40_desktop`, so the two behave like the `lk40` command of the other platforms.
 */
#include <windows.h>
#include <shellapi.h>
#include <stdio.h>
#include <wchar.h>

#ifndef PYTHON_DLL
#error "PYTHON_DLL (for example L\"python311.dll\") must be defined"
#endif

typedef int(__cdecl *py_main_function)(int, wchar_t **);

static void fail(const wchar_t *message, const wchar_t *path, DWORD error)
{
    wchar_t text[2048];
    _snwprintf(text, 2047, L"%ls\n%ls\n(Windows error %lu)\n\n"
               L"LK40 Workshop-Studio ist unvollständig installiert. Bitte installieren Sie "
               L"es erneut.\nLK40 Workshop-Studio is incompletely installed. Please install "
               L"it again.", message, path, error);
    text[2047] = L'\0';
#ifdef LK40_CONSOLE
    fwprintf(stderr, L"lk40: %ls\n", text);
#else
    MessageBoxW(NULL, text, L"LK40 Workshop-Studio", MB_ICONERROR | MB_OK);
#endif
}

static int run(void)
{
    static wchar_t dll[MAX_PATH * 4];
    DWORD length = GetModuleFileNameW(NULL, dll, MAX_PATH * 4);
    wchar_t *slash = wcsrchr(dll, L'\\');
    if (length == 0 || length >= MAX_PATH * 4 || slash == NULL) {
        fail(L"The launcher cannot find its own folder.", L"", GetLastError());
        return 2;
    }
    slash[1] = L'\0';
    if (wcslen(dll) + wcslen(L"python\\" PYTHON_DLL) >= MAX_PATH * 4) {
        fail(L"The installation folder's name is too long.", dll, 0);
        return 2;
    }
    wcscat(dll, L"python\\" PYTHON_DLL);
    /* The Python DLL's own dependencies (vcruntime140.dll) are found in its folder. */
    HMODULE python = LoadLibraryExW(dll, NULL, LOAD_WITH_ALTERED_SEARCH_PATH);
    if (python == NULL) {
        fail(L"Python could not be loaded:", dll, GetLastError());
        return 2;
    }
    py_main_function py_main = (py_main_function)(void *)GetProcAddress(python, "Py_Main");
    if (py_main == NULL) {
        fail(L"Python has no Py_Main:", dll, GetLastError());
        return 2;
    }
    int argc = 0;
    wchar_t **argv = CommandLineToArgvW(GetCommandLineW(), &argc);
    if (argv == NULL || argc < 1) {
        fail(L"The command line could not be read.", L"", GetLastError());
        return 2;
    }
    static wchar_t *prefix[] = {L"-I", L"-m", L"lk40_desktop"};
    const int extra = (int)(sizeof prefix / sizeof prefix[0]);
    wchar_t **arguments = (wchar_t **)LocalAlloc(LPTR, sizeof(wchar_t *) * (argc + extra + 1));
    if (arguments == NULL) {
        fail(L"Out of memory.", L"", GetLastError());
        return 2;
    }
    arguments[0] = argv[0];
    for (int i = 0; i < extra; i++) {
        arguments[1 + i] = prefix[i];
    }
    for (int i = 1; i < argc; i++) {
        arguments[extra + i] = argv[i];
    }
    return py_main(argc + extra, arguments);
}

#ifdef LK40_CONSOLE
int wmain(void)
{
    return run();
}
#else
int WINAPI wWinMain(HINSTANCE instance, HINSTANCE previous, LPWSTR command_line, int show)
{
    (void)instance;
    (void)previous;
    (void)command_line;
    (void)show;
    return run();
}
#endif
