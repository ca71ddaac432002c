using System.Runtime.InteropServices;

namespace Vigil.AspNetCore.Shipping.Threading;

/// <summary>
/// Lowers the calling thread's OS priority. .NET ignores <see cref="Thread.Priority"/> on Linux, where a thread's
/// priority is its own nice value, set with <c>setpriority(PRIO_PROCESS, tid, 19)</c>; lowering needs no privilege.
/// </summary>
internal static partial class LowThreadPriority
{
    /// <summary>The lowest nice value: the CFS scheduler gives it ~1.5 % of a core against one thread at nice 0.</summary>
    public const int LinuxNice = 19;

    private const int PrioProcess = 0;

    public static PriorityOutcome ApplyToCurrentThread()
    {
        if (OperatingSystem.IsWindows())
        {
            Thread.CurrentThread.Priority = ThreadPriority.Lowest;
            return PriorityOutcome.Lowered;
        }

        if (!OperatingSystem.IsLinux())
        {
            // macOS applies setpriority to the whole process, which would slow the host too.
            return PriorityOutcome.Unsupported;
        }

        try
        {
            return SetPriority(PrioProcess, GetTid(), LinuxNice) == 0 ? PriorityOutcome.Lowered : PriorityOutcome.Failed;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return PriorityOutcome.Unsupported;
        }
    }

    /// <summary>The calling thread's nice value on Linux, null elsewhere or when it cannot be read.</summary>
    public static int? CurrentNice()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            Marshal.SetLastPInvokeError(0);
            var nice = GetPriority(PrioProcess, GetTid());
            return nice == -1 && Marshal.GetLastPInvokeError() != 0 ? null : nice;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    [LibraryImport("libc", EntryPoint = "setpriority", SetLastError = true)]
    private static partial int SetPriority(int which, int who, int priority);

    [LibraryImport("libc", EntryPoint = "getpriority", SetLastError = true)]
    private static partial int GetPriority(int which, int who);

    [LibraryImport("libc", EntryPoint = "gettid")]
    private static partial int GetTid();
}
