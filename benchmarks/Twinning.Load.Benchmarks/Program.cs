using Twinning.Load.Benchmarks;

// dotnet run -c Release --project benchmarks/Twinning.Load.Benchmarks -- [options]; see benchmarks/README.md.
var options = LoadOptions.Parse(args);
return await LoadRun.RunAsync(options);
