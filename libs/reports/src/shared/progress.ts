/**
 * Reports progress as steps complete: fractions strictly increase and the last call is exactly 1.
 * `step()` after the last step is ignored, so a renderer may count loosely.
 */
export function progressSteps(total: number, onProgress?: (fraction: number) => void): { step: () => void; done: () => void } {
  let completed = 0;
  let finished = false;
  const emit = (fraction: number) => {
    if (!finished) onProgress?.(fraction);
  };
  return {
    step: () => {
      if (completed + 1 >= total) return;
      completed += 1;
      emit(completed / total);
    },
    done: () => {
      emit(1);
      finished = true;
    },
  };
}
