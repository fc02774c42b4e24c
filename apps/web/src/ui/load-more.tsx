import { Button, Center } from '@mantine/core';

export interface LoadMoreProps {
  /** What is loaded, for the button's label: "Load more journeys". */
  what: string;
  loading: boolean;
  onLoadMore: () => void;
}

/** Below a paged list while the server has more: loads the next page in place. */
export function LoadMore({ what, loading, onLoadMore }: LoadMoreProps) {
  return (
    <Center mt="md">
      <Button variant="default" loading={loading} onClick={onLoadMore}>
        {`Load more ${what}`}
      </Button>
    </Center>
  );
}
