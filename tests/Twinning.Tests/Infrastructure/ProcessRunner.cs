using System.Diagnostics;
using System.Text;

namespace Twinning.Tests.Infrastructure;

/// <summary>Runs a command to completion and fails with its output, so a broken tool explains itself in the test log.</summary>
internal static class ProcessRunner
{
    public static async Task<string> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        process.StandardInput.Close(); // nothing here ever answers a prompt
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{Describe(start)} did not finish within {timeout.TotalSeconds:0} s.\n{output}");
        }

        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Describe(start)} exited with code {process.ExitCode}.\n{output}");
        return output.ToString();
    }

    private static string Describe(ProcessStartInfo start) => $"`{start.FileName} {string.Join(' ', start.ArgumentList)}`";
}
