Console.Error.WriteLine("This benchmark is being written; see bench/README.md.");
return 1;
