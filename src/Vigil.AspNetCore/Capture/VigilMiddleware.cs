using Microsoft.AspNetCore.Http;
using Vigil.AspNetCore.Configuration;
using Vigil.AspNetCore.Shipping;

namespace Vigil.AspNetCore.Capture;

/// <summary>
/// Captures each request/response and queues it for shipping. The host comes first: when there is nothing to do
/// the request goes straight to <c>next</c> without an async frame, every Vigil step is inside try/catch, the
/// application's own exceptions pass through unchanged, and nothing here waits for the network.
/// </summary>
internal sealed class VigilMiddleware(RequestDelegate next, VigilRuntime runtime, ExchangeQueue queue)
{
    public Task InvokeAsync(HttpContext context)
    {
        var settings = runtime.Settings;
        if (settings is null || IsExcluded(context.Request.Path, settings.ExcludePaths))
        {
            return next(context);
        }

        return InvokeCapturedAsync(context, settings);
    }

    private async Task InvokeCapturedAsync(HttpContext context, VigilSettings settings)
    {
        ExchangeRecorder? recorder = null;
        try
        {
            recorder = ExchangeRecorder.Begin(context, settings, runtime.Clock);
        }
        catch (Exception ex)
        {
            runtime.ReportInternalError("starting a capture", ex);
        }

        if (recorder is null)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        Exception? failure = null;
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            failure = ex;
            throw;
        }
        finally
        {
            Finish(context, recorder, failure);
        }
    }

    private void Finish(HttpContext context, ExchangeRecorder recorder, Exception? failure)
    {
        try
        {
            var item = recorder.Complete(context, failure);
            runtime.Metrics.OnCaptured();
            queue.TryEnqueue(item);
        }
        catch (Exception ex)
        {
            runtime.ReportInternalError("recording an exchange", ex);
        }
        finally
        {
            try
            {
                recorder.Restore(context);
            }
            catch (Exception ex)
            {
                runtime.ReportInternalError("restoring the body streams", ex);
            }
        }
    }

    private static bool IsExcluded(PathString path, IReadOnlyList<PathString> excluded)
    {
        for (var i = 0; i < excluded.Count; i++)
        {
            if (path.StartsWithSegments(excluded[i], StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
