using Twinning.Cli;

// The executable's verbs (serve, migrate); `twinning` alone serves the app.
return await TwinningCommandLine.RunAsync(args);

/// <summary>Entry point type, visible to the test host (WebApplicationFactory&lt;Program&gt;).</summary>
public partial class Program;
