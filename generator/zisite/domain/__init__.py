"""Domain knowledge as pure functions: schedules, quantities, ZI levers. No I/O."""
